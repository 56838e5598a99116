import { updateWith } from "lodash";
export default updateWith;
