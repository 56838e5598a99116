export declare type Layouts = {
    type: string;
    title: string;
    options?: {
        [key: string]: any;
    };
}[];
export declare const layouts: Layouts;
declare const options: {};
export default options;
