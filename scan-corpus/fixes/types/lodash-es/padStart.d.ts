import { padStart } from "lodash";
export default padStart;
