-- The item's text beside its row, for the search "Hồ sơ nội dung" (GET /api/items): words of an
-- item are found in one table read with LIMIT, not by reading every notice's JSON document.
-- search_text is the text folded for matching (vn.followup.organisation.Folding: lower case, no
-- diacritics, đ as d), so that "quy dat" finds "quỹ đất"; the application writes it with each new
-- item, and this migration folds the items already registered with the same letters (checked
-- against Folding by ItemSearchFoldingTest).
-- Versioned 28.2 (issue 28, part 2) so that it cannot collide with another branch's next number.
alter table followup_item add column if not exists item_text text;
alter table followup_item add column if not exists search_text text;

update followup_item i set item_text = e ->> 'text'
  from followup_notice n, jsonb_array_elements(n.document::jsonb -> 'items') e
 where n.id = i.notice_id and e ->> 'number' = i.number and i.item_text is null;

update followup_item set search_text = lower(translate(item_text,
    'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ',
    'aaaaeeeiioooouuyaaaaeeeiioooouuyaaddiiuuoouuaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy'))
 where search_text is null and item_text is not null;

-- The search's order: newest notice first, then the notice's own order.
create index if not exists followup_notice_registered on followup_notice (registered_at desc, id);
create index if not exists followup_item_notice_position on followup_item (notice_id, position);
