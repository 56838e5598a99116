"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
var __awaiter = (this && this.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
const encrypter = __importStar(require("./encrypter"));
const mem_1 = __importDefault(require("./mem"));
const mongo_1 = __importDefault(require("./mongo"));
const redis_1 = __importDefault(require("./redis"));
const sql_1 = __importDefault(require("./sql/sql"));
const store_1 = __importDefault(require("./store"));
const dynamoDb_1 = __importDefault(require("./dynamoDb"));
const metrics = __importStar(require("../opentelemetry/metrics"));
const JacksonStore_1 = require("./sql/entity/JacksonStore");
const JacksonIndex_1 = require("./sql/entity/JacksonIndex");
const JacksonTTL_1 = require("./sql/entity/JacksonTTL");
const JacksonStore_2 = require("./planetscale/entity/JacksonStore");
const JacksonIndex_2 = require("./planetscale/entity/JacksonIndex");
const JacksonTTL_2 = require("./planetscale/entity/JacksonTTL");
const JacksonStore_3 = require("./sql/mssql/entity/JacksonStore");
const JacksonIndex_3 = require("./sql/mssql/entity/JacksonIndex");
const JacksonTTL_3 = require("./sql/mssql/entity/JacksonTTL");
const JacksonStore_4 = require("./sql/sqlite/entity/JacksonStore");
const JacksonIndex_4 = require("./sql/sqlite/entity/JacksonIndex");
const JacksonTTL_4 = require("./sql/sqlite/entity/JacksonTTL");
const JacksonStore_5 = require("./sql/mariadb/entity/JacksonStore");
const JacksonIndex_5 = require("./sql/mariadb/entity/JacksonIndex");
const JacksonTTL_5 = require("./sql/mariadb/entity/JacksonTTL");
const STATS_INTERVAL = 30 * 1000;
const decrypt = (res, encryptionKey) => {
    if (res.iv && res.tag) {
        return JSON.parse(encrypter.decrypt(res.value, res.iv, res.tag, encryptionKey));
    }
    return JSON.parse(res.value);
};
class DB {
    constructor(db, encryptionKey, logger) {
        this.db = db;
        this.encryptionKey = encryptionKey;
        setInterval(() => __awaiter(this, void 0, void 0, function* () {
            try {
                const stats = this.getStats();
                if (stats.applicationName) {
                    if (stats.max >= 0) {
                        metrics.gauge('dbMaxConnections', stats.max, { db_name: stats.applicationName });
                    }
                    if (stats.total >= 0) {
                        metrics.gauge('dbTotalConnections', stats.total, { db_name: stats.applicationName });
                    }
                    if (stats.idle >= 0) {
                        metrics.gauge('dbIdleConnections', stats.idle, { db_name: stats.applicationName });
                    }
                    if (stats.waiting >= 0) {
                        metrics.gauge('dbWaitingConnections', stats.waiting, { db_name: stats.applicationName });
                    }
                }
            }
            catch (err) {
                logger.error(`error getting db stats: ${err}`);
            }
        }), STATS_INTERVAL);
    }
    get(namespace, key) {
        return __awaiter(this, void 0, void 0, function* () {
            const res = yield this.db.get(namespace, key);
            if (!res) {
                return null;
            }
            return decrypt(res, this.encryptionKey);
        });
    }
    getAll(namespace, pageOffset, pageLimit, pageToken, sortOrder) {
        return __awaiter(this, void 0, void 0, function* () {
            const res = yield this.db.getAll(namespace, pageOffset, pageLimit, pageToken, sortOrder);
            const encryptionKey = this.encryptionKey;
            return {
                data: res.data.map((r) => {
                    return decrypt(r, encryptionKey);
                }),
                pageToken: res.pageToken,
            };
        });
    }
    getByIndex(namespace, idx, pageOffset, pageLimit, pageToken, sortOrder) {
        return __awaiter(this, void 0, void 0, function* () {
            const res = yield this.db.getByIndex(namespace, idx, pageOffset, pageLimit, pageToken, sortOrder);
            const encryptionKey = this.encryptionKey;
            return {
                data: res.data.map((r) => {
                    return decrypt(r, encryptionKey);
                }),
                pageToken: res.pageToken,
            };
        });
    }
    getCount(namespace, idx) {
        return __awaiter(this, void 0, void 0, function* () {
            if (typeof this.db.getCount !== 'function') {
                return;
            }
            return yield this.db.getCount(namespace, idx);
        });
    }
    // ttl is in seconds
    put(namespace_1, key_1, val_1) {
        return __awaiter(this, arguments, void 0, function* (namespace, key, val, ttl = 0, ...indexes) {
            const dbVal = this.encryptionKey
                ? encrypter.encrypt(JSON.stringify(val), this.encryptionKey)
                : { value: JSON.stringify(val) };
            return yield this.db.put(namespace, key, dbVal, ttl, ...indexes);
        });
    }
    delete(namespace, key) {
        return __awaiter(this, void 0, void 0, function* () {
            return yield this.db.delete(namespace, key);
        });
    }
    deleteMany(namespace, keys) {
        return __awaiter(this, void 0, void 0, function* () {
            return yield this.db.deleteMany(namespace, keys);
        });
    }
    close() {
        return __awaiter(this, void 0, void 0, function* () {
            yield this.db.close();
        });
    }
    getStats() {
        return this.db.getStats();
    }
    store(namespace, ttl = 0) {
        return store_1.default.new(namespace, this, ttl);
    }
}
const _new = (options) => __awaiter(void 0, void 0, void 0, function* () {
    const dbOpts = options.db;
    const encryptionKey = dbOpts.encryptionKey
        ? dbOpts.encryptionKey.length === 32
            ? Buffer.from(dbOpts.encryptionKey, 'latin1')
            : Buffer.from(dbOpts.encryptionKey, 'base64')
        : null;
    if ('driver' in dbOpts) {
        return new DB(dbOpts.driver, encryptionKey, options.logger);
    }
    switch (dbOpts.engine) {
        case 'redis':
            return new DB(yield redis_1.default.new(options), encryptionKey, options.logger);
        case 'sql':
            switch (dbOpts.type) {
                case 'mssql':
                    return new DB(yield sql_1.default.new(options, {
                        JacksonStore: JacksonStore_3.JacksonStore,
                        JacksonIndex: JacksonIndex_3.JacksonIndex,
                        JacksonTTL: JacksonTTL_3.JacksonTTL,
                    }), encryptionKey, options.logger);
                case 'mariadb':
                case 'mysql':
                    return new DB(yield sql_1.default.new(options, {
                        JacksonStore: JacksonStore_5.JacksonStore,
                        JacksonIndex: JacksonIndex_5.JacksonIndex,
                        JacksonTTL: JacksonTTL_5.JacksonTTL,
                    }), encryptionKey, options.logger);
                case 'sqlite':
                    return new DB(yield sql_1.default.new(options, {
                        JacksonStore: JacksonStore_4.JacksonStore,
                        JacksonIndex: JacksonIndex_4.JacksonIndex,
                        JacksonTTL: JacksonTTL_4.JacksonTTL,
                    }), encryptionKey, options.logger);
                default:
                    return new DB(yield sql_1.default.new(options, {
                        JacksonStore: JacksonStore_1.JacksonStore,
                        JacksonIndex: JacksonIndex_1.JacksonIndex,
                        JacksonTTL: JacksonTTL_1.JacksonTTL,
                    }), encryptionKey, options.logger);
            }
        case 'planetscale':
            return new DB(yield sql_1.default.new(options, {
                JacksonStore: JacksonStore_2.JacksonStore,
                JacksonIndex: JacksonIndex_2.JacksonIndex,
                JacksonTTL: JacksonTTL_2.JacksonTTL,
            }), encryptionKey, options.logger);
        case 'mongo':
            return new DB(yield mongo_1.default.new(options), encryptionKey, options.logger);
        case 'mem':
            return new DB(yield mem_1.default.new(options), encryptionKey, options.logger);
        case 'dynamodb':
            return new DB(yield dynamoDb_1.default.new(options), encryptionKey, options.logger);
        default:
            throw new Error('unsupported db engine: ' + dbOpts.engine);
    }
});
const g = global;
exports.default = {
    new: (options_1, ...args_1) => __awaiter(void 0, [options_1, ...args_1], void 0, function* (options, noCache = false) {
        if (g.__jacksonDb && !noCache) {
            return g.__jacksonDb;
        }
        g.__jacksonDb = new Promise((resolve, reject) => {
            _new(options).then(resolve).catch(reject);
        });
        return yield g.__jacksonDb;
    }),
};
//# sourceMappingURL=db.js.map