export interface CSMShader {
  lights_fragment_begin: string
  lights_pars_begin: string
}
