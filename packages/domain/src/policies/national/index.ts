export * from './skill-subsidy.js';
export * from './unemployment-benefit.js';
export * from './job-stabilization.js';
