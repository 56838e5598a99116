import { flattenDeep } from "lodash";
export default flattenDeep;
