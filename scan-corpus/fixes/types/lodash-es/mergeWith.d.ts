import { mergeWith } from "lodash";
export default mergeWith;
