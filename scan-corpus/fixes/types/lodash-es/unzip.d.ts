import { unzip } from "lodash";
export default unzip;
