package vn.followup.followup;

/**
 * Four-eyes rule of the office's review: the person who wrote a response or a final report may
 * not review it, neither by claiming the review task nor by completing it.
 */
final class ReviewRules {

  private ReviewRules() {
  }

  static void requireIndependent(String author, String reviewer, String what) {
    if (author != null && author.equals(reviewer)) {
      throw new FormInputException("reviewer", "Người đã soạn " + what + " (" + author
          + ") không được tự thẩm định; đề nghị cán bộ khác của Văn phòng thẩm định.");
    }
  }
}
