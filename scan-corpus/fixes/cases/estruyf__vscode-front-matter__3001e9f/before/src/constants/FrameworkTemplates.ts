import { FrameworkTemplate } from '../models';

export const FrameworkTemplates: FrameworkTemplate[] = [
  {
    id: 'astro-starlight',
    framework: 'astro',
    name: 'Starlight',
    description: 'Adds the Astro Starlight configuration for Front Matter CMS',
    template: 'astro-starlight',
    showDashboardOnComplete: true
  }
];
