import { compact } from "lodash";
export default compact;
