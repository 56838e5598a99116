import { flip } from "lodash";
export default flip;
