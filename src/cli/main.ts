// Placeholder entry replaced by the CLI work below; keeps the bundle step building.
console.log('partnerlint');
