import { defaultsDeep } from "lodash";
export default defaultsDeep;
