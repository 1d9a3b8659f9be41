import { Project, ts } from 'ts-morph';
const p = new Project({ compilerOptions: { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022, noEmit: true, types: [] }, skipAddingFilesFromTsConfig: true });
const sf = p.addSourceFileAtPath('test/.tmp-probe/a.ts');
console.log('implied', sf.compilerNode.impliedNodeFormat);
const prog = p.getProgram().compilerObject;
console.log('implied after program', prog.getSourceFile(sf.getFilePath())?.impliedNodeFormat);
console.log(p.getPreEmitDiagnostics().map(d => d.getMessageText()));
