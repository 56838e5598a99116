import { includes } from "lodash";
export default includes;
