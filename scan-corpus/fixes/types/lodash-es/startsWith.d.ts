import { startsWith } from "lodash";
export default startsWith;
