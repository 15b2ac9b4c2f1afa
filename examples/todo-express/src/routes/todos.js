import { Router } from 'express';
import { prisma } from '../db.js';
import { requireAuth } from '../middleware/auth.js';

const router = Router();

router.use(requireAuth);

// List my todos
router.get('/', async (req, res) => {
  const todos = await prisma.todo.findMany({ where: { userId: req.user.id } });
  res.json(todos);
});

// Create a todo
router.post('/', async (req, res) => {
  const todo = await prisma.todo.create({
    data: { title: String(req.body.title ?? ''), userId: req.user.id },
  });
  res.status(201).json(todo);
});

// Get one todo
router.get('/:id', async (req, res) => {
  const todo = await prisma.todo.findUnique({ where: { id: Number(req.params.id) } });
  if (!todo) return res.status(404).json({ error: 'Not found' });
  res.json(todo);
});

// Update a todo
router.put('/:id', async (req, res) => {
  const id = Number(req.params.id);
  const existing = await prisma.todo.findFirst({ where: { id, userId: req.user.id } });
  if (!existing) return res.status(404).json({ error: 'Not found' });

  const todo = await prisma.todo.update({ where: { id }, data: req.body });
  res.json(todo);
});

// Delete a todo
router.delete('/:id', async (req, res) => {
  await prisma.todo.deleteMany({ where: { id: Number(req.params.id), userId: req.user.id } });
  res.status(204).end();
});

export default router;
