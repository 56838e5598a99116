import { conforms } from "lodash";
export default conforms;
