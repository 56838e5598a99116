import { zipObjectDeep } from "lodash";
export default zipObjectDeep;
