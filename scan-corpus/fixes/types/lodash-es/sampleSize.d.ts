import { sampleSize } from "lodash";
export default sampleSize;
