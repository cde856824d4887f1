// The product's name in the footer and the app switch, "Giờ Việt Nam", no link to another site
// (see the shared module).
import config from './config.js';
import {productFace} from '../../followup/followup-product.js';

productFace('welcome', config);

export default [];
