import { stubFalse } from "lodash";
export default stubFalse;
