export enum EmitterType {
  local = 'local',
  remote = 'remote'
}

