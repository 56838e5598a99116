import { uniqBy } from "lodash";
export default uniqBy;
