// Written by scripts/pack/frameworks.ts when the package ships `meu-espaco/vue`: its global component types.
import type {} from 'meu-espaco/vue';
