import { forOwn } from "lodash";
export default forOwn;
