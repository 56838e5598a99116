export * from "./Three.Core.js";

export * from "./extras/PMREMGenerator.js";
export * from "./renderers/shaders/ShaderChunk.js";
export * from "./renderers/shaders/ShaderLib.js";
export * from "./renderers/shaders/UniformsLib.js";
export { UniformsUtils } from "./renderers/shaders/UniformsUtils.js";
export type { WebGLAttributes } from "./renderers/webgl/WebGLAttributes.js";
export type { WebGLBindingStates } from "./renderers/webgl/WebGLBindingStates.js";
export type { WebGLBufferRenderer } from "./renderers/webgl/WebGLBufferRenderer.js";
export type { WebGLCapabilities, WebGLCapabilitiesParameters } from "./renderers/webgl/WebGLCapabilities.js";
export type { WebGLClipping } from "./renderers/webgl/WebGLClipping.js";
export type { WebGLCubeMaps } from "./renderers/webgl/WebGLCubeMaps.js";
export type { WebGLCubeUVMaps } from "./renderers/webgl/WebGLCubeUVMaps.js";
export type { WebGLExtensions } from "./renderers/webgl/WebGLExtensions.js";
export type { WebGLGeometries } from "./renderers/webgl/WebGLGeometries.js";
export type { WebGLIndexedBufferRenderer } from "./renderers/webgl/WebGLIndexedBufferRenderer.js";
export type { WebGLInfo } from "./renderers/webgl/WebGLInfo.js";
export type { WebGLLights, WebGLLightsState } from "./renderers/webgl/WebGLLights.js";
export type { WebGLObjects } from "./renderers/webgl/WebGLObjects.js";
export type { WebGLProgram } from "./renderers/webgl/WebGLProgram.js";
export type {
    WebGLProgramParameters,
    WebGLProgramParametersWithUniforms,
    WebGLPrograms,
} from "./renderers/webgl/WebGLPrograms.js";
export type { WebGLProperties } from "./renderers/webgl/WebGLProperties.js";
export type { RenderItem, WebGLRenderList, WebGLRenderLists } from "./renderers/webgl/WebGLRenderLists.js";
export type { WebGLShader } from "./renderers/webgl/WebGLShader.js";
export type { WebGLShadowMap } from "./renderers/webgl/WebGLShadowMap.js";
export type { WebGLState } from "./renderers/webgl/WebGLState.js";
export type { WebGLTextures } from "./renderers/webgl/WebGLTextures.js";
export type { WebGLUniforms } from "./renderers/webgl/WebGLUniforms.js";
export * from "./renderers/webgl/WebGLUtils.js";
export * from "./renderers/WebGLRenderer.js";
export type {
    WebXRController,
    WebXRSpaceEventMap,
    XRControllerEventType,
    XRGripSpace,
    XRHandInputState,
    XRHandJoints,
    XRHandSpace,
    XRJointSpace,
    XRTargetRaySpace,
} from "./renderers/webxr/WebXRController.js";
export type { WebXRDepthSensing } from "./renderers/webxr/WebXRDepthSensing.js";
export type {
    WebXRArrayCamera,
    WebXRCamera,
    WebXRManager,
    WebXRManagerEventMap,
} from "./renderers/webxr/WebXRManager.js";
