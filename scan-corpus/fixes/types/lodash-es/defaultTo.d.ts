import { defaultTo } from "lodash";
export default defaultTo;
