// The offline checks, cheapest first. Each entry's `check({ root })` returns [{ file, line, message }].
import { check as apexSecurityRules } from './apex-security-rules.mjs';
import { check as soqlFields } from './soql-fields.mjs';
import { check as metadata } from './metadata.mjs';
import { check as apexFormat } from './apex-format.mjs';
import { check as lwcCompile } from './lwc-compile.mjs';
import { check as apexSemantics } from './apex-semantics.mjs';
import { check as apexPmd } from './apex-pmd.mjs';
import { check as controllerContracts } from './controller-contracts.mjs';
import { check as vectorBundle } from './vector-bundle.mjs';

export const checks = [
    { name: 'apex-security-rules', check: apexSecurityRules },
    { name: 'soql-fields', check: soqlFields },
    { name: 'metadata', check: metadata },
    { name: 'apex-format', check: apexFormat },
    { name: 'lwc-compile', check: lwcCompile },
    { name: 'apex-semantics', check: apexSemantics },
    { name: 'apex-pmd', check: apexPmd },
    { name: 'controller-contracts', check: controllerContracts },
    { name: 'vector-bundle', check: vectorBundle }
];
