import { flattenDepth } from "lodash";
export default flattenDepth;
