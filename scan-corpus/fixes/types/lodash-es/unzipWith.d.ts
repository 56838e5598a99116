import { unzipWith } from "lodash";
export default unzipWith;
