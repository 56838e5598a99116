export * from './DashboardViewType';
export * from './NavigationType';
export * from './Page';
export * from './Settings';
export * from './SortingOption';
export * from './Status';
