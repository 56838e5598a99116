import { unionWith } from "lodash";
export default unionWith;
