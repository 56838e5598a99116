import { replace } from "lodash";
export default replace;
