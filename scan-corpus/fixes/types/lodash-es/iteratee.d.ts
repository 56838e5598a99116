import { iteratee } from "lodash";
export default iteratee;
