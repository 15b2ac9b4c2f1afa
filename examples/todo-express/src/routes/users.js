import { Router } from 'express';
import { prisma } from '../db.js';

const router = Router();

// Admin: list all users
router.get('/', async (req, res) => {
  const users = await prisma.user.findMany();
  res.json(users);
});

export default router;
