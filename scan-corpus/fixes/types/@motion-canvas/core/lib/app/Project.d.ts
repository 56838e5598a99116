import { FullSceneDescription } from '../scenes';
import { Logger } from './Logger';
import { ProjectMetadata } from './ProjectMetadata';
export interface ProjectSettings {
    name?: string;
    scenes: FullSceneDescription[];
    logger?: Logger;
    audio?: string;
    audioOffset?: number;
    variables?: Record<string, unknown>;
}
export interface Project {
    name: string;
    scenes: FullSceneDescription[];
    logger: Logger;
    meta: ProjectMetadata;
    audio?: string;
    audioOffset?: number;
    variables?: Record<string, unknown>;
    versions: {
        core: string;
        two: string | null;
        ui: string | null;
        vitePlugin: string | null;
    };
}
export declare function makeProject(settings: ProjectSettings): {
    name?: string | undefined;
    scenes: FullSceneDescription<unknown>[];
    logger: Logger;
    audio?: string | undefined;
    audioOffset?: number | undefined;
    variables?: Record<string, unknown> | undefined;
    meta: ProjectMetadata;
};
//# sourceMappingURL=Project.d.ts.map