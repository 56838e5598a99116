export namespace RectAreaLightUniformsLib {
  function init(): void
}
