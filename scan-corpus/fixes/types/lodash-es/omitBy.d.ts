import { omitBy } from "lodash";
export default omitBy;
