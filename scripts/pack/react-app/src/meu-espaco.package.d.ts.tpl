// Written by scripts/pack/frameworks.ts when the package ships `meu-espaco/jsx`: its JSX types.
import type {} from 'meu-espaco/jsx';
