import { orderBy } from "lodash";
export default orderBy;
