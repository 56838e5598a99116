import * as fs from 'fs';
import got from 'got';
import { Token, OAuthProviderConfig } from '../index';
import * as os from 'os'
import { debug } from 'debug'
const trace = debug('camunda:token')

const homedir = os.homedir()
const BACKOFF_TOKEN_ENDPOINT_FAILURE = 1000

type TokenGrantAudiences = 'OPERATE' | 'ZEEBE' | 'OPTIMIZE' | 'TASKLIST' | 'CONSOLE'

export class OAuthProviderImpl {
    private static readonly defaultTokenCache = `${homedir}/.camunda`;
    private static readonly getTokenCacheDirFromEnv = () => process.env.CAMUNDA_TOKEN_CACHE_DIR || OAuthProviderImpl.defaultTokenCache;
    private cacheDir: string;
    private zeebeAudience: string;
    private authServerUrl: string;
    private clientId: string;
    private clientSecret: string;
    private useFileCache: boolean;
    public tokenCache: { [key: string]: Token; } = {};
    private failed = false;
    private failureCount = 0;
    private userAgentString: string;
    private audience: string;

    constructor({
        /** OAuth Endpoint URL */
        authServerUrl,
        /** OAuth Audience */
        audience, clientId, clientSecret,
        userAgentString
    }: OAuthProviderConfig) {
        this.authServerUrl = authServerUrl;
        this.zeebeAudience = audience;
        this.audience = audience;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.useFileCache = process.env.CAMUNDA_TOKEN_CACHE !== "memory-only";
        this.cacheDir = OAuthProviderImpl.getTokenCacheDirFromEnv();

        this.userAgentString = userAgentString; // e.g.: `zeebe-client-nodejs/${pkg.version} ${CUSTOM_AGENT_STRING}`

        if (this.useFileCache) {
            try {
                if (!fs.existsSync(this.cacheDir)) {
                    fs.mkdirSync(this.cacheDir);
                }
                fs.accessSync(this.cacheDir, fs.constants.W_OK);
            } catch (e) {
                throw new Error(
                    `FATAL: Cannot write to OAuth cache dir ${this.cacheDir}\n` +
                    'If you are running on AWS Lambda, set the HOME environment variable of your lambda function to /tmp'
                );
            }
        }
    }

    public async getToken(audience: TokenGrantAudiences): Promise<string> {
        const key = this.getCacheKey(audience)

        if (this.tokenCache[key]) {
            const token = this.tokenCache[key]
            // check expiry and evict in-memory and file cache if expired
            if (this.isExpired(token)) {
                this.evictFromMemoryCache(audience)
            } else {
                return this.tokenCache[key].access_token;
            }
        }
        if (this.useFileCache) {
            const cachedToken = this.retrieveFromFileCache(this.clientId, audience);
            if (cachedToken) {
                // check expiry and evict in-memory and file cache if expired
                if (this.isExpired(cachedToken)) {
                    this.evictFromFileCache(audience)
                } else {
                    return cachedToken.access_token;
                }
            }
        }

        return new Promise((resolve, reject) => {
            setTimeout(
                () => {
                    this.makeDebouncedTokenRequest(audience)
                        .then(res => {
                            this.failed = false;
                            this.failureCount = 0;
                            resolve(res);
                        })
                        .catch(e => {
                            this.failureCount++;
                            this.failed = true;
                            reject(e);
                        });
                },
                this.failed ? BACKOFF_TOKEN_ENDPOINT_FAILURE * this.failureCount : 1
            );
        });
    }

    private makeDebouncedTokenRequest(audience: TokenGrantAudiences) {
        const form = {
            audience: this.getAudience(audience),
            client_id: this.clientId,
            client_secret: this.clientSecret,
            grant_type: 'client_credentials',
        };

        return got
            .post(this.authServerUrl, {
                form,
                headers: {
                    'content-type': 'application/x-www-form-urlencoded',
                    'user-agent': this.userAgentString,
                },
            })
            .then(res => this.safeJSONParse(res.body)
            .then(t => {
                    const token = {...t, audience}
                    if (this.useFileCache) {
                        this.sendToFileCache(token, audience);
                    }
                    this.sendToMemoryCache(audience, token)
                    trace(`Got token from endpoint: \n${token.access_token}`)
                    trace(`Token expires in ${token.expires_in} seconds`)
                    return token.access_token;
                })
            );
    }

    private sendToMemoryCache(audience: TokenGrantAudiences, token: Token) {
        const key = this.getCacheKey(audience)
        const d = new Date()
        token.expiry = d.setSeconds(d.getSeconds()) + (token.expires_in * 1000)
        this.tokenCache[key] = token;
    }

    private safeJSONParse(thing: any): Promise<Token> {
        return new Promise((resolve, reject) => {   
            try {
                resolve(JSON.parse(thing));
            } catch (e) {
                reject(e);
            }
        });
    }

    private retrieveFromFileCache(clientId: string, audience: TokenGrantAudiences) {
        let token: Token;
        const tokenCachedInFile = fs.existsSync(this.getCachedTokenFileName(clientId, audience));
        if (!tokenCachedInFile) {
            return null;
        }
        try {
            token = JSON.parse(
                fs.readFileSync(this.getCachedTokenFileName(clientId, audience), 'utf8')
            );

            if (this.isExpired(token)) {
                return null;
            }
            this.sendToMemoryCache(audience, token)
            return token;
        } catch (_) {
            return null;
        }
    }

    private sendToFileCache(token: Token, audience: TokenGrantAudiences) {
        const d = new Date();
        const file = this.getCachedTokenFileName(this.clientId, audience);

        fs.writeFile(
            file,
            JSON.stringify({
                ...token,
                expiry: d.setSeconds(d.getSeconds() + token.expires_in),
            }),
            e => {
                if (!e) {
                    return;
                }
                // tslint:disable-next-line
                console.error('Error writing OAuth token to file' + file);
                // tslint:disable-next-line
                console.error(e);
            }
        );
    }

    private isExpired(token: Token) {
        const d = new Date();
        return token.expiry <= d.setSeconds(d.getSeconds());
    }

    private evictFromMemoryCache(audience: TokenGrantAudiences) {
        const key = this.getCacheKey(audience)
        delete this.tokenCache[key]
    }

    private evictFromFileCache(audience: TokenGrantAudiences) {
        const filename = this.getCachedTokenFileName(this.clientId, audience)
        if (this.useFileCache && fs.existsSync(filename)) {
            fs.unlinkSync(filename)
        }
    }

    private getCacheKey = (audience: TokenGrantAudiences) => `${this.clientId}-${audience}`
    private getCachedTokenFileName = (clientId: string, audience: TokenGrantAudiences) => `${this.cacheDir}/oauth-token-${clientId}-${audience}.json`;
    
    private getAudience(audience: TokenGrantAudiences) {
        const audiences: {[key: string]: string} = {
            OPERATE: 'operate.camunda.io',
            ZEEBE: this.zeebeAudience,
            OPTIMIZE: 'optimize.camunda.io',
            TASKLIST: 'tasklist.camunda.io',
            CONSOLE: this.audience || 'api.cloud.camunda.io'
        }
        return audiences[audience]
    }
}
