import { ConnectFunction, ITcpConnection, TcpEndpoint } from '../../types.js';
import { SocksProxySettings } from './types.js';
export * from './connect.js';
export * from './types.js';
export declare function withSocksProxy<Connection extends ITcpConnection, Connect extends ConnectFunction<TcpEndpoint, Connection>>(connect: Connect, proxy: SocksProxySettings): Connect;
