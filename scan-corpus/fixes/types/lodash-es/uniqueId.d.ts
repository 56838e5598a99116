import { uniqueId } from "lodash";
export default uniqueId;
