import { ConnectFunction, ITcpConnection, TcpEndpoint } from '../../types.js';
import { HttpProxySettings } from './types.js';
export * from './connect.js';
export * from './types.js';
export declare function withHttpProxy<Connection extends ITcpConnection, Connect extends ConnectFunction<TcpEndpoint, Connection>>(connect: Connect, proxy: HttpProxySettings): Connect;
