import { unionBy } from "lodash";
export default unionBy;
