export type Middleware<Context, Result = void> = (ctx: Context, next: (ctx: Context) => Promise<Result>) => Promise<Result>;
export type ComposedMiddleware<Context, Result = void> = (ctx: Context) => Promise<Result>;
export declare function composeMiddlewares<Context, Result = void>(middlewares: Middleware<Context, Result>[], final: ComposedMiddleware<Context, Result>): ComposedMiddleware<Context, Result>;
export declare function composeMiddlewares<Context, Result = void>(middlewares: Middleware<Context, Result>[]): Middleware<Context, Result>;
