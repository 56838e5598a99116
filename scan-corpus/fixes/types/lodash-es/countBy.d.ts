import { countBy } from "lodash";
export default countBy;
