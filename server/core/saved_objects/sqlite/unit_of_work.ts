/**
 * A unit of work on SQLite: its operations run one after the other inside the savepoint the
 * group commit gives each write (group_commit.ts), so a throw at any step rolls back that
 * savepoint, the unit and nothing else, and the unit is acknowledged with its group's commit.
 */
import { checkUnit, counterResult, withCounters } from '../unit_of_work';
import type { UnitOfWorkOperation, UnitOfWorkOptions, UnitOfWorkResult } from '../types';
import { createOne, deleteOne, incrementOne, updateOne, type WriteTx } from './write_ops';

/** Called before each operation with its index: a test throws (or exits) here to fail mid-unit. */
export type BeforeOperation = (index: number, operation: UnitOfWorkOperation) => void;

function applyOne(
  tx: WriteTx,
  op: UnitOfWorkOperation,
  counters: Map<string, number>,
  options: UnitOfWorkOptions,
): UnitOfWorkResult {
  const { namespace, user } = options;
  switch (op.kind) {
    case 'incrementCounter': {
      const value = incrementOne(tx, op.type, op.id, op.field, namespace, op.initial);
      counters.set(op.name, value);
      return counterResult(op.name, value);
    }
    case 'create': {
      const attributes = withCounters(op.attributes, op.counters, counters);
      const input = {
        type: op.type, id: op.id, attributes, references: op.references, overwrite: op.overwrite, originId: op.originId, namespace, user,
      };
      return { kind: 'create', object: createOne(tx, input) };
    }
    case 'update': {
      const input = { type: op.type, id: op.id, attributes: op.attributes, version: op.version, references: op.references, namespace, user };
      return { kind: 'update', object: updateOne(tx, input) };
    }
    case 'delete':
      deleteOne(tx, op.type, op.id, namespace);
      return { kind: 'delete', type: op.type, id: op.id };
  }
}

/** Runs inside one write of the group commit; what it throws undoes every earlier step. */
export function applyUnit(
  tx: WriteTx,
  operations: UnitOfWorkOperation[],
  options: UnitOfWorkOptions,
  beforeOperation?: BeforeOperation,
): UnitOfWorkResult[] {
  checkUnit(operations);
  const counters = new Map<string, number>();
  return operations.map((op, index) => {
    beforeOperation?.(index, op);
    return applyOne(tx, op, counters, options);
  });
}
