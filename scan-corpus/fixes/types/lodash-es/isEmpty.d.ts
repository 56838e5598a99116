import { isEmpty } from "lodash";
export default isEmpty;
